() => {
  document.addEventListener('click', (event) => {
    const copy = event.target && event.target.closest ? event.target.closest('a.ca-copy') : null;
    if (!copy) return;
    event.preventDefault();
    event.stopPropagation();
    const block = copy.closest('.ca-answer') ? copy.closest('.ca-answer').querySelector('pre.ca-md') : null;
    const text = block ? block.textContent : '';
    window.__caCopied = text;
    const done = () => { copy.textContent = 'Copied'; setTimeout(() => { copy.textContent = 'Copy as Markdown'; }, 1500); };
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text; document.body.appendChild(area); area.select();
      try { document.execCommand('copy'); } catch (e) {}
      area.remove(); done();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else { fallback(); }
  }, true);
  // "view in article": the link's reference goes to the server through the hidden #ca-source-ref
  // box (its change event renders the source panel). A request can be lost on its way (seen once
  // on a loaded machine: the panel never changed) or overtaken by an earlier, slower one, so the
  // page asks again, with a fresh nonce, until the panel shows the last link clicked (the panel
  // carries its link as data-ca-ref), waiting longer each time and giving up after a few minutes.
  const source = { want: null, sent: 0, timer: null, nonce: 0 };
  const waits = [2000, 4000, 8000, 15000, 30000, 60000, 60000];
  const shown = () => {
    const view = document.querySelector('#ca-source [data-ca-ref]');
    return view ? view.getAttribute('data-ca-ref') : null;
  };
  const send = () => {
    clearTimeout(source.timer);
    if (source.want === null || source.sent >= waits.length) return;
    const box = document.querySelector('#ca-source-ref textarea, #ca-source-ref input');
    if (box) {  // not there yet while the page is still being built: the next try finds it
      source.nonce += 1;
      box.value = source.want + '|' + Date.now() + '' + source.nonce;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    source.timer = setTimeout(() => { if (shown() !== source.want) send(); }, waits[source.sent]);
    source.sent += 1;
  };
  document.addEventListener('ca-source-shown', () => {  // source_scroll.js: the panel changed
    if (source.want === null || shown() === source.want) return;
    clearTimeout(source.timer);  // an older reply landed last: ask for the wanted one again, soon
    source.timer = setTimeout(() => { if (shown() !== source.want) send(); }, 500);
  });
  document.addEventListener('click', (event) => {  // "New conversation" empties the panel: stop asking for the old link
    if (event.target && event.target.closest && event.target.closest('#ca-new')) {
      clearTimeout(source.timer);
      source.want = null;
    }
  }, true);
  document.addEventListener('click', (event) => {
    const link = event.target && event.target.closest ? event.target.closest('a.ca-src') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    source.want = (link.getAttribute('href') || '').replace(/^#source=/, '');
    source.sent = 0;
    send();
  }, true);
}

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
  document.addEventListener('click', (event) => {
    const link = event.target && event.target.closest ? event.target.closest('a.ca-src') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const box = document.querySelector('#ca-source-ref textarea, #ca-source-ref input');
    if (!box) return;
    const ref = (link.getAttribute('href') || '').replace(/^#source=/, '');
    box.value = ref + '|' + Date.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, true);
}

watch('value', () => {
  document.dispatchEvent(new CustomEvent('ca-source-shown'));  // page.js checks it is the clicked link
  const hit = element.querySelector('#ca-hit');
  if (!hit) return;
  const box = element.closest('#ca-source') || element;
  const fits = hit.getBoundingClientRect().height < box.getBoundingClientRect().height * 0.6;
  hit.scrollIntoView({ block: fits ? 'center' : 'start', behavior: 'instant' });
});

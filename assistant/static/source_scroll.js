watch('value', () => {
  const hit = element.querySelector('#ca-hit');
  if (!hit) return;
  const box = element.closest('#ca-source') || element;
  const fits = hit.getBoundingClientRect().height < box.getBoundingClientRect().height * 0.6;
  hit.scrollIntoView({ block: fits ? 'center' : 'start', behavior: 'instant' });
});

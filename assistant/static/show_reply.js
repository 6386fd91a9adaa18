() => {
  const show = () => {
    const asked = document.querySelectorAll('#ca-chat .user-row');
    const target = asked[asked.length - 1];
    if (!target) return;
    let box = target.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    if (!box) return;
    box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  };
  // Gradio's own autoscroll runs about 300 ms after an update; go after it.
  for (const delay of [150, 450, 900, 1500]) setTimeout(show, delay);
}

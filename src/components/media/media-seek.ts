/**
 * Progressive enhancement for podcast and webinar pages (the only content pages with a script):
 * timestamp and chapter links seek the player instead of only scrolling, a #t-1m15s link from
 * search starts at that moment, and the speed control appears. Without it everything still works.
 */
const player = document.querySelector<HTMLMediaElement>('[data-kp-player]');
if (player) {
  const seek = (seconds: number, play: boolean) => {
    player.currentTime = seconds;
    if (play) void player.play().catch(() => undefined);
  };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-seek]');
    if (!link) return;
    event.preventDefault();
    seek(Number(link.dataset.seek), true);
    history.replaceState(null, '', link.hash);
    player.focus();
  });
  const fromHash = /^#t-(\d+)m(\d+)s$/.exec(location.hash);
  if (fromHash) {
    const at = Number(fromHash[1]) * 60 + Number(fromHash[2]);
    if (player.readyState >= 1) seek(at, false);
    else player.addEventListener('loadedmetadata', () => seek(at, false), { once: true });
  }
  const speed = document.querySelector<HTMLSelectElement>('[data-kp-speed]');
  if (speed) {
    speed.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
    speed.addEventListener('change', () => (player.playbackRate = Number(speed.value)));
  }
}

// A recording hosted elsewhere loads only after the reader asks for it (no third-party request before consent).
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-kp-load-external]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    // Only a web address is ever framed (the page already refuses others; this is the last line).
    const url = button.dataset.kpLoadExternal ?? '';
    if (!/^https:\/\//i.test(url)) return;
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = button.dataset.title ?? 'Opname';
    frame.allow = 'fullscreen';
    frame.className = 'kp-external-frame';
    button.closest('[data-kp-external]')?.replaceChildren(frame);
  });
}

/**
 * A short low tone for something the cashier must look at (an unknown barcode): at a busy
 * counter the eyes are on the customer and the goods, not on the screen. No sound file to ship:
 * the Web Audio API makes it, and a page without audio (a test browser) stays silent.
 */
let context: AudioContext | undefined;

export function alertSound(): void {
  try {
    context ??= new AudioContext();
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.type = 'square';
    tone.frequency.value = 330;
    volume.gain.value = 0.08;
    tone.connect(volume).connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.25);
  } catch {
    // No audio device: the visible notice says it all the same.
  }
}

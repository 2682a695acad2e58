function escapes(cr, ci) {
  let zr = 0.0;
  let zi = 0.0;
  let k = 0;
  while (k < 200) {
    const t = zr * zr - zi * zi + cr;
    zi = 2.0 * zr * zi + ci;
    zr = t;
    if (zr * zr + zi * zi > 4.0) return k;
    k += 1;
  }
  return 200;
}

const size = 250;
let inside = 0;
let steps = 0;
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const k = escapes(x * 3.0 / size - 2.0, y * 3.0 / size - 1.5);
    if (k === 200) inside += 1;
    steps += k;
  }
}
console.log(`mandel ${inside} ${steps}`);

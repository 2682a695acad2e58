const xs = [];
for (let i = 0; i < 2000000; i++) {
  xs.push(i * 3 % 1000);
}
console.log(`listappend ${xs.length} ${xs[1234567]} ${xs.reduce((a, b) => a + b, 0)}`);

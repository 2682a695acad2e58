const people = [];
for (let i = 0; i < 50000; i++) {
  people.push({ id: i, name: `person${i}`, tags: [`t${i % 7}`, `u${i % 11}`], active: i % 3 === 0, score: i % 100,
    address: { city: `city${i % 50}`, zip: 10000 + i } });
}
let size = 0;
let digest = 0;
for (let round = 0; round < 3; round++) {
  const text = JSON.stringify(people);
  const back = JSON.parse(text);
  size += text.length;
  digest = (digest + back.filter(p => p.active).map(p => p.score + p.address.zip).reduce((a, b) => a + b, 0) + round) % 1000000007;
}
console.log(`jsontrip ${size} ${digest}`);

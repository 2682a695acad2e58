let s = "";
for (let i = 0; i < 2000000; i++) {
  s += `${i},`;
}
console.log(`strbuild ${s.length} ${s.slice(-16)}`);

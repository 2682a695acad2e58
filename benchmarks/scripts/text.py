vocab = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat".split(" ")
n = 1000000
text = " ".join(vocab[(i * 7919 + i // 13) % len(vocab)] for i in range(n))
words = text.split(" ")
counts = {}
for w in words:
    counts.setdefault(w, []).append(w)
ranked = sorted(({"word": w, "count": len(ws)} for w, ws in counts.items()), key=lambda e: -e["count"])
long = len([w for w in words if len(w) > 6])
top = ",".join(f"{e['word']}={e['count']}" for e in ranked[:3])
print(f"text {len(text)} {len(words)} {len(ranked)} {long} {top} {text.upper().find('MAGNA')}")

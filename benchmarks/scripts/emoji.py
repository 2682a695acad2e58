s = "the quick 🦊 jumps over the lazy 🐶 " * 4400
animals = 0
vowels = 0
for rnd in range(5):
    i = 0
    while i < len(s):
        c = s[i]
        if c == "🦊" or c == "🐶":
            animals += 1
        elif c == "a" or c == "e" or c == "i" or c == "o" or c == "u":
            vowels += 1
        i += 1
print(f"emoji {len(s)} {animals} {vowels}")

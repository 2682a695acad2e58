s = "the quick brown fox jumps over the lazy dog " * 3600
vowels = 0
spaces = 0
for rnd in range(5):
    i = 0
    while i < len(s):
        c = s[i]
        if c == "a" or c == "e" or c == "i" or c == "o" or c == "u":
            vowels += 1
        elif c == " ":
            spaces += 1
        i += 1
print(f"strindex {len(s)} {vowels} {spaces}")

class Playlist:
    def __init__(self, name: str) -> None:
        self.name = name
        self.songs: list[str] = []

    def add(self, song: str) -> "Playlist":
        self.songs.append(song)
        return self

    def __len__(self) -> int:
        return len(self.songs)

    def get(self, index: int) -> str:
        return self.songs[index]

    def has(self, song: str) -> bool:
        return song in self.songs

    def __repr__(self) -> str:
        return f"Playlist({self.name!r}, {len(self)} songs)"

    def __str__(self) -> str:
        return self.name + ": " + " / ".join(self.songs)

    def __add__(self, other: "Playlist") -> "Playlist":
        merged = Playlist(self.name + "+" + other.name)
        for song in self.songs + other.songs:
            merged.add(song)
        return merged


mix = Playlist("Mélange")
print(repr(mix), len(mix), len(mix) == 0)
mix.add("Sous le ciel").add("Für Elise").add("Ode")
print(repr(mix), len(mix), mix.get(0), mix.get(-1), mix.has("Ode"), mix.has("Nope"))
print(mix)
for i, song in enumerate(mix.songs):
    print(i, song)
other = Playlist("Calme").add("Nocturne")
both = mix + other
print(both, len(both), [mix, other])

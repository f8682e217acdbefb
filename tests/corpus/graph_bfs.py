GRAPH: dict[str, list[str]] = {
    "Aachen": ["Bonn", "Köln"],
    "Bonn": ["Köln", "Mainz"],
    "Köln": ["Düsseldorf"],
    "Düsseldorf": ["Essen"],
    "Mainz": ["Frankfurt"],
    "Frankfurt": ["Essen"],
    "Essen": [],
    "Zürich": [],
}


def shortest_path(start: str, goal: str) -> list[str]:
    previous: dict[str, str] = {}
    queue = [start]
    visited = {start: True}
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            return path[::-1]
        for neighbour in GRAPH[node]:
            if neighbour not in visited:
                visited[neighbour] = True
                previous[neighbour] = node
                queue.append(neighbour)
    return []


def reachable(start: str) -> list[str]:
    seen: list[str] = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend(reversed(GRAPH[node]))
    return seen


print(shortest_path("Aachen", "Essen"))
print(shortest_path("Aachen", "Frankfurt"))
print(shortest_path("Essen", "Aachen"), shortest_path("Zürich", "Zürich"))
print(reachable("Bonn"))
print({node: len(edges) for node, edges in GRAPH.items()})

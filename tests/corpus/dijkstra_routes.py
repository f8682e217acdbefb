import math

EDGES: list[tuple[int, int, float]] = [
    (0, 1, 4.0), (0, 2, 1.0), (2, 1, 2.0), (1, 3, 1.0), (2, 3, 5.0), (3, 4, 3.0), (4, 5, 0.5),
]


def dijkstra(n: int, source: int) -> tuple[list[float], list[int]]:
    adjacency: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for a, b, w in EDGES:
        adjacency[a].append((b, w))
        adjacency[b].append((a, w))
    dist = [math.inf] * n
    parent = [-1] * n
    dist[source] = 0.0
    done = [False] * n
    for _ in range(n):
        best = -1
        for v in range(n):
            if not done[v] and (best == -1 or dist[v] < dist[best]):
                best = v
        if best == -1 or dist[best] == math.inf:
            break
        done[best] = True
        for neighbour, weight in adjacency[best]:
            if dist[best] + weight < dist[neighbour]:
                dist[neighbour] = dist[best] + weight
                parent[neighbour] = best
    return dist, parent


def route(parent: list[int], target: int) -> list[int]:
    path: list[int] = []
    node = target
    while node != -1:
        path.append(node)
        node = parent[node]
    return path[::-1]


dist, parent = dijkstra(7, 0)
print(dist)
for target in range(7):
    if dist[target] < math.inf:
        print(target, dist[target], route(parent, target))
    else:
        print(target, "unreachable", dist[target])

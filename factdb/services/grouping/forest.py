"""Union-find over items and stored clusters, as copies are grouped."""

from __future__ import annotations

from typing import Any

Node = tuple[Any, int]
"""An item (its kind, its id) or a stored cluster ("cluster", its id) in the forest."""


class Forest:
    """Union-find over items and stored clusters; a root remembers the stored cluster it holds."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.stored: dict[Node, int] = {}

    def find(self, node: Node) -> Node:
        """The root of NODE's group (NODE itself when alone)."""
        parent = self.parent
        root = node
        while (up := parent.get(root, root)) != root:
            root = up
        while node != root:
            node, parent[node] = parent[node], root
        return root

    def join_cluster(self, item: Node, cluster_id: int) -> None:
        """Put ITEM in the group of stored cluster CLUSTER_ID."""
        node: Node = ("cluster", cluster_id)
        self.stored[node] = cluster_id
        self.parent[item] = node

    def union(self, a: Node, b: Node) -> bool | None:
        """Join the groups of A and B: True if joined, None if already one, False if refused.

        Refused: both groups hold a stored cluster, and merging clusters is a reviewer's call.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if ra in self.stored and rb in self.stored:
            return False
        if ra in self.stored:
            ra, rb = rb, ra
        self.parent[ra] = rb
        return True

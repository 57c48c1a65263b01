"""Reads a GraphML file with networkx and igraph and prints what each saw as JSON."""
import json
import math
import sys

import igraph
import networkx as nx

path = sys.argv[1]

g = nx.read_graphml(path, force_multigraph=True)
nx_view = {
    "directed": g.is_directed(),
    "nodes": {n: dict(a) for n, a in g.nodes(data=True)},
    "edges": [{"source": u, "target": v, "key": k, **a} for u, v, k, a in g.edges(keys=True, data=True)],
}

ig = igraph.Graph.Read_GraphML(path)
ig_view = {
    "directed": ig.is_directed(),
    "vertices": [v.attributes() for v in ig.vs],
    "edges": [{"source": ig.vs[e.source]["id"], "target": ig.vs[e.target]["id"], **e.attributes()} for e in ig.es],
}



def plain(value):
    """igraph fills a missing number with NaN, which JSON cannot carry: write null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


json.dump(plain({"networkx": nx_view, "igraph": ig_view}), sys.stdout, ensure_ascii=False, sort_keys=True)

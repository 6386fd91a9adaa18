"""The encoder layers of all-MiniLM-L6-v2 run by ONNX Runtime: the fast engine of the question path.

ONNX Runtime's CPU kernels (MLAS) keep the layer weights pre-packed for its matrix products
and fuse attention, bias + GELU and residual + layer norm, so one question is encoded in about
half the time of the same arithmetic in NumPy (docs/performance.md), on one thread.

Nothing is exported from torch and nothing is downloaded. The graph alone, without weights
(`data/minilm_layers.onnx`, ~6 KB: six BERT layers as ONNX Runtime's `Attention`,
`SkipLayerNormalization` and `BiasGelu` nodes, then mean pooling), ships with the package; the
weights are the NumPy arrays that `minilm_numpy` reads from the bundled `model.safetensors`,
handed to the session as its initializers without a copy. The graph file is written by
`python -m assistant.encoders.minilm_onnx` (needs the `onnx` package, a test dependency only);
tests/test_minilm_numpy.py checks that the shipped file is what that writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["GRAPH_FILE", "GRAPH_SHAPE", "OnnxLayers", "build_graph", "initializer_names"]

GRAPH_FILE = Path(__file__).resolve().parents[1] / "data" / "minilm_layers.onnx"
#: what the shipped graph is built for: layers, width, heads, layer-norm epsilon (all-MiniLM-L6-v2)
GRAPH_SHAPE = (6, 384, 12, 1e-12)
_MS = "com.microsoft"
_PARTS = ("qkv_w", "qkv_b", "out_w", "out_b", "ln1_w", "ln1_b", "in_w", "in_b", "ff_w", "ff_b", "ln2_w", "ln2_b")


def initializer_names(layers: int) -> list[str]:
    """The graph's weight names, in the order `OnnxLayers` hands them over."""
    return ["ln0_w", "ln0_b"] + [f"{part}{i}" for i in range(layers) for part in _PARTS]


def build_graph(layers: int = GRAPH_SHAPE[0], dim: int = GRAPH_SHAPE[1], heads: int = GRAPH_SHAPE[2],
                eps: float = GRAPH_SHAPE[3]) -> Any:
    """The ONNX model (an `onnx.ModelProto`) of the encoder layers, weights declared as external.

    Input `embeddings` (1, n, dim): word + position + token-type embeddings of one text.
    Output `pooled` (1, dim): the mean of the last layer's rows (not normalised). The query
    weights carry the 1/sqrt(head size) of the scores (as in `minilm_numpy`), so `Attention`
    runs with scale 1.
    """
    from onnx import TensorProto, helper

    names = initializer_names(layers)
    shapes = {"ln0_w": [dim], "ln0_b": [dim]}
    for i in range(layers):
        shapes.update({
            f"qkv_w{i}": [dim, 3 * dim], f"qkv_b{i}": [3 * dim], f"out_w{i}": [dim, dim], f"out_b{i}": [dim],
            f"ln1_w{i}": [dim], f"ln1_b{i}": [dim], f"in_w{i}": [dim, 4 * dim], f"in_b{i}": [4 * dim],
            f"ff_w{i}": [4 * dim, dim], f"ff_b{i}": [dim], f"ln2_w{i}": [dim], f"ln2_b{i}": [dim],
        })
    node = helper.make_node
    nodes = [node("LayerNormalization", ["embeddings", "ln0_w", "ln0_b"], ["h0"], axis=-1, epsilon=eps)]
    for i in range(layers):
        x = f"h{i}"
        nodes += [
            node("Attention", [x, f"qkv_w{i}", f"qkv_b{i}"], [f"ctx{i}"], domain=_MS, num_heads=heads, scale=1.0),
            node("MatMul", [f"ctx{i}", f"out_w{i}"], [f"att{i}"]),
            node("SkipLayerNormalization", [f"att{i}", x, f"ln1_w{i}", f"ln1_b{i}", f"out_b{i}"], [f"mid{i}"],
                 domain=_MS, epsilon=eps),
            node("MatMul", [f"mid{i}", f"in_w{i}"], [f"up{i}"]),
            node("BiasGelu", [f"up{i}", f"in_b{i}"], [f"act{i}"], domain=_MS),  # exact (erf) GELU
            node("MatMul", [f"act{i}", f"ff_w{i}"], [f"down{i}"]),
            node("SkipLayerNormalization", [f"down{i}", f"mid{i}", f"ln2_w{i}", f"ln2_b{i}", f"ff_b{i}"],
                 [f"h{i + 1}"], domain=_MS, epsilon=eps),
        ]
    nodes.append(node("ReduceMean", [f"h{layers}"], ["pooled"], axes=[1], keepdims=0))
    weights = []
    for name in names:
        tensor = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=shapes[name])
        tensor.data_location = TensorProto.EXTERNAL
        tensor.external_data.add(key="location", value="supplied-by-assistant.encoders.minilm_numpy")
        weights.append(tensor)
    graph = helper.make_graph(
        nodes, "all-MiniLM-L6-v2 encoder layers",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, [1, "n", dim])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [1, dim])],
        weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(_MS, 1)],
                              producer_name="assistant.encoders.minilm_onnx")
    model.ir_version = 8
    return model


class OnnxLayers:
    """An ONNX Runtime session (one thread) over the shipped graph and the given weight arrays.

    `weights` are float32 C-contiguous arrays in `initializer_names` order; they are not copied,
    so this object keeps them alive. Raises ImportError without onnxruntime.
    """

    def __init__(self, weights: Sequence[np.ndarray], graph: bytes | None = None) -> None:
        import onnxruntime as ort

        names = initializer_names(GRAPH_SHAPE[0])
        if len(weights) != len(names):
            raise ValueError(f"the ONNX graph takes {len(names)} weight arrays, got {len(weights)}")
        self._weights = [np.ascontiguousarray(w, dtype=np.float32) for w in weights]
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one question on one thread, as the NumPy engine runs
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting between questions
        options.log_severity_level = 3
        values = [ort.OrtValue.ortvalue_from_numpy(w) for w in self._weights]
        options.add_external_initializers(names, values)
        self._values = values
        self._session = ort.InferenceSession(
            graph if graph is not None else GRAPH_FILE.read_bytes(), options, providers=["CPUExecutionProvider"]
        )

    def pooled(self, embeddings: np.ndarray) -> np.ndarray:
        """Mean of the last layer over the rows of `embeddings` (n, dim), float32 (dim,)."""
        out = self._session.run(["pooled"], {"embeddings": embeddings[None]})[0]
        return np.asarray(out[0], dtype=np.float32)


def main() -> None:
    """Write the graph file (developers only: needs the `onnx` package)."""
    model = build_graph()
    GRAPH_FILE.write_bytes(model.SerializeToString())
    print(f"wrote {GRAPH_FILE} ({GRAPH_FILE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()

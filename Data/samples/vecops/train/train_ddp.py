"""Trains a small MLP with DDP over NCCL and mixed precision.

Run with: torchrun --nproc_per_node=8 train/train_ddp.py
(the string "cuda" in this docstring is documentation, not code)
"""
import os

import torch
import torch.distributed as dist
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP

import vecops_ext
from flash_attn import flash_attn_func  # noqa: F401  (used by the attention variant)


def setup():
    dist.init_process_group(backend="nccl")
    rank = int(os.environ["LOCAL_RANK"])
    torch.cuda.set_device(rank)
    torch.backends.cudnn.benchmark = True
    return rank


def main():
    rank = setup()
    device = torch.device(f"cuda:{rank}")
    model = nn.Sequential(nn.Linear(1024, 4096), nn.GELU(), nn.Linear(4096, 1024)).cuda()
    model = DDP(model, device_ids=[rank])
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
    scaler = torch.cuda.amp.GradScaler()
    for step in range(100):
        x = torch.randn(64, 1024, device=device)
        with torch.cuda.amp.autocast(dtype=torch.bfloat16):
            loss = model(x).pow(2).mean()
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
        optimizer.zero_grad(set_to_none=True)
        if step % 10 == 0 and rank == 0:
            # torch.cuda.max_memory_allocated() is logged below, not here
            print(f"step {step} loss {loss.item():.4f} mem {torch.cuda.max_memory_allocated() >> 20} MiB")
    bias = torch.zeros(1024, device="cuda")
    out = vecops_ext.fused_bias_gelu(x, bias)
    torch.cuda.synchronize()
    dist.destroy_process_group()
    return out


if __name__ == "__main__":
    main()

# Runs the exported model with ONNX Runtime on the GPU.
import numpy as np
import onnxruntime as ort

session = ort.InferenceSession("mlp.onnx", providers=["CUDAExecutionProvider", "CPUExecutionProvider"])
x = np.random.randn(1, 1024).astype(np.float32)
print(session.run(None, {"input": x})[0].shape)

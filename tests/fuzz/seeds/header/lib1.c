// tvm target: c -keys=cpu -model=host
#define TVM_EXPORTS
#include "tvm/runtime/c_runtime_api.h"
#include "tvm/runtime/c_backend_api.h"
#include <math.h>
#include <stdint.h>
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
static const float tvmgen_default_p3[64] = {
  -0.206187025f, -0.829082906f, 0.167812958f, -0.734612823f, -0.0358694084f, -0.3356722f, 0.392651051f, -0.684099376f,
  0.934615254f, -0.855108082f, -0.864258766f, 0.348646611f, 0.968051851f, 0.723188221f, 0.648650408f, -0.697413385f,
  -0.603677332f, -0.411985695f, -0.525804281f, -0.659122825f, -0.39090997f, -0.245294854f, -0.353152484f, 0.615135431f,
  0.668276787f, -0.73138231f, 0.0435035489f, 0.459667683f, -0.929773629f, 0.888693452f, 0.133587316f, -0.103711464f,
  -0.191003904f, 0.804524958f, 0.0580364615f, -0.121768884f, 0.90627414f, -0.6334849f, -0.0709075555f, 0.852993667f,
  0.677394867f, 0.557167351f, 0.704636812f, -0.704527378f, 0.346122086f, 0.0110934041f, 0.996804714f, 0.950239301f,
  -0.209940955f, 0.616546571f, -0.273913354f, -0.185222462f, 0.438132316f, 0.765627742f, 0.564580441f, -0.61441946f,
  -0.868380547f, 0.88721931f, 0.074322775f, 0.157080457f, 0.404570669f, 0.886229277f, 0.453839093f, 0.23264043f
};
static const int8_t tvmgen_default_p0[128] = {
  -94, 38, 87, -127, 16, 39, 112, 10,
  102, 118, 114, -57, 116, -97, -11, -18,
  -32, -121, 25, -73, -6, 8, -36, 118,
  -113, -89, 80, 22, 120, -80, 31, 49,
  64, -32, -113, 82, 97, -108, 86, 10,
  -122, -25, 83, -57, -1, -122, 0, 35,
  -74, 9, 47, -30, 26, -111, -36, 122,
  94, 21, -125, -91, 62, -37, -89, -24,
  -109, 57, 122, 103, -127, -112, -16, 124,
  108, 53, 49, 82, -41, -99, -46, 106,
  -117, -71, -19, 43, -127, 55, 94, -118,
  -126, 46, -23, 28, -103, 89, -50, -33,
  78, 105, -7, 89, -57, -1, -6, -39,
  -108, -95, -55, 70, -43, 25, 52, 31,
  -58, -106, -113, -81, -29, 19, 15, -60,
  62, 116, -42, 91, -121, -121, 83, 64
};
static const float tvmgen_default_p4[8] = {
  -0.131166384f, 0.449083507f, 0.0724280477f, -0.00621297257f, 0.65736866f, -0.549975395f, 0.951496601f, 0.03622647f
};
static const int32_t tvmgen_default_p1[8] = {
  564, -211, 320, -40, -162, 788, -595, -599
};
static const float tvmgen_default_p2[8] = {
  -0.818483651f, 0.684215963f, 0.200904489f, -0.574739158f, 0.559377611f, 0.189215586f, 0.656085789f, 0.22353892f
};

TVM_DLL int32_t tvmgen_default_fused_nn_dense_add(int8_t* data, int8_t* weight, int32_t* bias, int32_t* T_add) {
  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)96, 2, 32);
  if (scratch == NULL) {
    return -1;
  }
  for (int32_t i = 0; i < 96; ++i) {
    ((uint8_t*)scratch)[i] = (uint8_t)0;
  }
  for (int32_t j = 0; j < 8; ++j) {
    int32_t acc = (int32_t)bias[j];
    for (int32_t k = 0; k < 16; ++k) {
      acc = acc + (((int32_t)data[k]) * ((int32_t)weight[((j * 16) + k)]));
    }
    T_add[j] = acc;
  }
  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {
    return -1;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_cast_multiply(int32_t* data, float* scale, float* T_multiply) {
  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)32, 2, 32);
  if (scratch == NULL) {
    return -1;
  }
  for (int32_t i = 0; i < 32; ++i) {
    ((uint8_t*)scratch)[i] = (uint8_t)0;
  }
  for (int32_t i = 0; i < 8; ++i) {
    T_multiply[i] = (((float)data[i]) * scale[i]);
  }
  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {
    return -1;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_nn_relu(float* data, float* T_relu) {
  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)16, 2, 32);
  if (scratch == NULL) {
    return -1;
  }
  for (int32_t i = 0; i < 16; ++i) {
    ((uint8_t*)scratch)[i] = (uint8_t)0;
  }
  for (int32_t i = 0; i < 8; ++i) {
    T_relu[i] = ((data[i] > (float)0) ? data[i] : (float)0);
  }
  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {
    return -1;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_nn_dense_add_1(float* data, float* weight, float* bias, float* T_add) {
  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)64, 2, 32);
  if (scratch == NULL) {
    return -1;
  }
  for (int32_t i = 0; i < 64; ++i) {
    ((uint8_t*)scratch)[i] = (uint8_t)0;
  }
  for (int32_t j = 0; j < 8; ++j) {
    float acc = (float)bias[j];
    for (int32_t k = 0; k < 8; ++k) {
      acc = acc + (((float)data[k]) * ((float)weight[((j * 8) + k)]));
    }
    T_add[j] = acc;
  }
  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {
    return -1;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_nn_softmax(float* data, float* T_softmax) {
  void* scratch = TVMBackendAllocWorkspace(1, 0, (uint64_t)48, 2, 32);
  if (scratch == NULL) {
    return -1;
  }
  float* T_exp = (float*)scratch;
  float* T_max = &T_exp[8];
  float* T_sum = &T_exp[9];
  T_max[0] = data[0];
  for (int32_t i = 1; i < 8; ++i) {
    T_max[0] = ((data[i] > T_max[0]) ? data[i] : T_max[0]);
  }
  T_sum[0] = 0.000000e+00f;
  for (int32_t i = 0; i < 8; ++i) {
    T_exp[i] = expf((data[i] - T_max[0]));
    T_sum[0] = (T_sum[0] + T_exp[i]);
  }
  for (int32_t i = 0; i < 8; ++i) {
    T_softmax[i] = (T_exp[i] / T_sum[0]);
  }
  if (TVMBackendFreeWorkspace(1, 0, scratch) != 0) {
    return -1;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default___tvm_main__(int8_t* data_buffer_var, float* output_buffer_var, uint8_t* global_workspace_var) {
  void* sid_1_let = (&(global_workspace_var[0]));
  void* sid_2_let = (&(global_workspace_var[32]));
  if (tvmgen_default_fused_nn_dense_add((int8_t*)data_buffer_var, (int8_t*)tvmgen_default_p0, (int32_t*)tvmgen_default_p1, (int32_t*)sid_1_let) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_cast_multiply((int32_t*)sid_1_let, (float*)tvmgen_default_p2, (float*)sid_2_let) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_relu((float*)sid_2_let, (float*)sid_1_let) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_dense_add_1((float*)sid_1_let, (float*)tvmgen_default_p3, (float*)tvmgen_default_p4, (float*)sid_2_let) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_relu((float*)sid_2_let, (float*)sid_1_let) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_softmax((float*)sid_1_let, (float*)output_buffer_var) != 0) {
    return -1;
  }
  return 0;
}

#ifdef __cplusplus
}
#endif

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
static const float tvmgen_default_p0[128] = {
  0.162304267f, -0.610491037f, 0.930502236f, 0.847952783f, -0.0657226443f, 0.326941282f, -0.570954084f, -0.556607485f,
  -0.422955126f, 0.384845495f, -0.575246453f, 0.942211926f, -0.85928905f, -0.613426745f, -0.822272837f, 0.539783895f,
  -0.266970038f, -0.0566354729f, -0.347943455f, 0.274853826f, -0.192211345f, -0.583464563f, -0.139691934f, -0.391420364f,
  -0.778401732f, 0.646782994f, 0.360293984f, 0.329582214f, 0.764893115f, -0.210714132f, -0.241443336f, -0.154065937f,
  -0.190891132f, 0.33787033f, -0.986962795f, -0.0717891902f, 0.0701671392f, -0.308971643f, -0.956267655f, 0.409190834f,
  -0.981112301f, 0.128820926f, -0.693266571f, -0.930835426f, -0.638316095f, -0.868521929f, -0.698482513f, 0.36973542f,
  0.456552744f, -0.274431258f, 0.304777384f, -0.0497317426f, -0.00309656793f, 0.751801729f, -0.377411753f, 0.739981055f,
  0.382160574f, 0.36691308f, -0.988104582f, -0.831877291f, -0.936014116f, -0.308469176f, 0.892196834f, 0.75141418f,
  0.677151263f, -0.762255847f, 0.411449015f, 0.548957646f, 0.618513703f, 0.584468365f, -0.719368339f, -0.642335236f,
  0.585120261f, 0.476433277f, 0.784898818f, -0.107047483f, 0.779144466f, -0.721182048f, 0.914246976f, 0.768949986f,
  -0.324886799f, -0.864894569f, 0.0970735624f, 0.378410965f, -0.299250782f, -0.885013342f, -0.442658991f, 0.649003208f,
  -0.818741977f, 0.874518991f, -0.499963552f, -0.591123819f, -0.775614738f, 0.962062716f, 0.802100718f, -0.361689568f,
  -0.808750093f, 0.306619346f, 0.775149465f, -0.975777626f, 0.266091496f, 0.71343565f, -0.0823603794f, 0.138750121f,
  0.608537316f, -0.522953868f, -0.453507274f, 0.320816189f, 0.104674168f, 0.0706946477f, -0.331290215f, 0.873948574f,
  -0.423697144f, 0.35777089f, 0.788320243f, -0.198406518f, -0.891335845f, -0.559203744f, -0.867416263f, -0.70374769f,
  -0.759109795f, -0.315003514f, -0.260133326f, -0.105233133f, 0.330187887f, 0.353403836f, 0.374486297f, -0.271296173f
};
static const float tvmgen_default_p1[8] = {
  -0.703657568f, 0.231930569f, -0.660628378f, 0.4250139f, 0.215664983f, -0.23132506f, 0.234995261f, 0.13250488f
};
static const float tvmgen_default_p2[32] = {
  0.958100259f, -0.0874034464f, 0.437694073f, 0.469772488f, -0.570196688f, -0.843924046f, 0.205486476f, -0.756160975f,
  -0.235546738f, 0.779405653f, 0.744300604f, -0.76262188f, -0.835532069f, -0.555027843f, 0.65618223f, -0.950551033f,
  -0.549634337f, -0.785526454f, -0.744723499f, 0.0468499698f, -0.633136511f, -0.181113318f, 0.466371536f, 0.445991069f,
  -0.16992484f, 0.572269678f, 0.145015031f, 0.653920293f, -0.502236247f, -0.261752844f, 0.160669982f, 0.891787827f
};
static const float tvmgen_default_p3[4] = {
  0.919921875f, 0.743727386f, 0.463810593f, -0.544755161f
};

TVM_DLL int32_t tvmgen_default_fused_nn_dense_add_nn_relu(float* data, float* weight, float* bias, float* T_relu, uint8_t* global_workspace_var) {
  (void)global_workspace_var;
  for (int32_t j = 0; j < 8; ++j) {
    float acc = (float)bias[j];
    for (int32_t k = 0; k < 16; ++k) {
      acc = acc + (((float)data[k]) * ((float)weight[((j * 16) + k)]));
    }
    T_relu[j] = (acc > (float)0) ? acc : (float)0;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_nn_dense_add(float* data, float* weight, float* bias, float* T_add, uint8_t* global_workspace_var) {
  (void)global_workspace_var;
  for (int32_t j = 0; j < 4; ++j) {
    float acc = (float)bias[j];
    for (int32_t k = 0; k < 8; ++k) {
      acc = acc + (((float)data[k]) * ((float)weight[((j * 8) + k)]));
    }
    T_add[j] = acc;
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default_fused_nn_softmax(float* data, float* T_softmax, uint8_t* global_workspace_var) {
  void* scratch = (void*)(&(global_workspace_var[48]));
  float* T_exp = (float*)scratch;
  float* T_max = &T_exp[4];
  float* T_sum = &T_exp[5];
  T_max[0] = data[0];
  for (int32_t i = 1; i < 4; ++i) {
    T_max[0] = ((data[i] > T_max[0]) ? data[i] : T_max[0]);
  }
  T_sum[0] = 0.000000e+00f;
  for (int32_t i = 0; i < 4; ++i) {
    T_exp[i] = expf((data[i] - T_max[0]));
    T_sum[0] = (T_sum[0] + T_exp[i]);
  }
  for (int32_t i = 0; i < 4; ++i) {
    T_softmax[i] = (T_exp[i] / T_sum[0]);
  }
  return 0;
}

TVM_DLL int32_t tvmgen_default___tvm_main__(float* input_buffer_var, float* output_buffer_var, uint8_t* global_workspace_var) {
  void* sid_1_let = (&(global_workspace_var[0]));
  void* sid_2_let = (&(global_workspace_var[32]));
  if (tvmgen_default_fused_nn_dense_add_nn_relu((float*)input_buffer_var, (float*)tvmgen_default_p0, (float*)tvmgen_default_p1, (float*)sid_1_let, global_workspace_var) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_dense_add((float*)sid_1_let, (float*)tvmgen_default_p2, (float*)tvmgen_default_p3, (float*)sid_2_let, global_workspace_var) != 0) {
    return -1;
  }
  if (tvmgen_default_fused_nn_softmax((float*)sid_2_let, (float*)output_buffer_var, global_workspace_var) != 0) {
    return -1;
  }
  return 0;
}

#ifdef __cplusplus
}
#endif

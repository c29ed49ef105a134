#define A 64
#define B 16
static const int16_t __tvm_param__p0[4] = { +0x0001, -0x0002, +0x0003, -0x0004 };
static const int32_t __attribute__((section(".rodata.tvm"), aligned(16))) constant_1[2] = { 1, 2 };
__attribute__((section(".rodata.tvm"), aligned(16))) static int8_t npu_weights[4] = "\x80\x01\x02\x03";
__attribute__((section("tvm.dummy"), aligned(16))) const char padding[A - B] = {0};
__attribute__((section(".rodata.tvm"), ))
static struct global_const_workspace {
  int8_t fused_constant_0_let[20] __attribute__((aligned(16))); // 20 bytes, aligned offset: 0
  int32_t fused_constant_1_let[3] __attribute__((packed, aligned(16))); // 12 bytes, aligned offset: 32
} global_const_workspace = { .fused_constant_0_let = { 0 }, .fused_constant_1_let = { 0 } };
__attribute__((section(".bss.noinit.tvm"), aligned(16)))
static uint8_t global_workspace[128];
int32_t tvmgen_default___tvm_main__(float* input_buffer_var, float* output_buffer_var, uint8_t* global_workspace_1_var) {
  void* sid_1_let = (&(global_workspace_1_var[64]));
  void* sid_2 = TVMBackendAllocWorkspace(1, 0, (uint64_t)32, 0, 8);
  if (tvmgen_default_fused_op(input_buffer_var, sid_1_let, global_workspace_1_var) != 0 ) return -1;
  if (tvmgen_default_fused_op(sid_1_let, sid_2, global_workspace_1_var) != 0 ) return -1;
  (void)tvmgen_default_fused_op(sid_2, output_buffer_var, global_workspace_1_var);
  if (TVMBackendFreeWorkspace(1, 0, sid_2) != 0) return -1;
  return 0;
}

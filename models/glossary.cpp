#include "glossary.h"

QList<Glossary::Term> Glossary::terms()
{
    return {
        {QStringLiteral("mlf"), tr("Model Library Format (MLF)"),
         tr("The archive TVM writes when it compiles a model for a microcontroller (<code>tvmc compile "
            "--output-format mlf</code>, <code>export_model_library_format</code>): generated C code, the weights, the "
            "executor's description and <code>metadata.json</code> with the memory plan. A template project turns it "
            "into firmware.")},
        {QStringLiteral("module"), tr("Module"),
         tr("One compiled model inside the archive. Its name (usually <i>default</i>) prefixes every symbol: "
            "<code>tvmgen_default_run</code>.")},
        {QStringLiteral("executor"), tr("Executor: AOT or graph"),
         tr("How the model's operators are called on the device. <b>AOT</b> (ahead of time): TVM generated one C "
            "function that calls the operators in order and knows every buffer; nothing is interpreted at run time. "
            "<b>Graph</b>: a JSON graph (<code>graph.json</code>) is read on the device by the graph executor, which "
            "allocates the tensors and calls the operators.")},
        {QStringLiteral("operator"), tr("Operator"),
         tr("One generated C function doing one fused step of the model, e.g. "
            "<code>fused_nn_conv2d_add_clip</code>: a convolution with its bias and activation in one loop nest.")},
        {QStringLiteral("workspace"), tr("Workspace"),
         tr("RAM the model needs while it runs, besides its inputs and outputs. For AOT it holds the tensors passed "
            "between operators and each operator's scratch space; the application provides it (a static array, or a "
            "heap the template reserves). An operator's own workspace is scratch memory it needs only while it runs.")},
        {QStringLiteral("io"), tr("Inputs and outputs (io)"),
         tr("The buffers the application fills with the model's input and reads the result from. Counted apart from "
            "the workspace because the application owns them.")},
        {QStringLiteral("constants"), tr("Constants"),
         tr("Weights and other fixed tensors written into the generated C as <code>static const</code> arrays. They "
            "live in flash, not RAM, when the compiler places const data there.")},
        {QStringLiteral("params"), tr("Parameters (params)"),
         tr("The model's weights as a separate file (<code>*.params</code>). With <i>link-params</i> they are in the "
            "C code instead, and the params file is only a copy.")},
        {QStringLiteral("link-params"), tr("link-params"),
         tr("A target option (<code>-link-params=1</code>, or <code>link-params</code> in the executor): the weights "
            "are compiled into the C code as constants, so no RAM is spent loading them.")},
        {QStringLiteral("storage-id"), tr("Storage id"),
         tr("In a graph-executor archive, the number of the buffer a tensor is stored in. Tensors whose lifetimes do "
            "not overlap share one storage id, so the RAM needed is the sum over storage ids, not over tensors.")},
        {QStringLiteral("pool"), tr("Memory pool"),
         tr("A named region the AOT memory planner places tensors in (for example the global workspace pool). Its "
            "size is the peak of what is alive at once, after the planner reused space.")},
        {QStringLiteral("target"), tr("Target"),
         tr("What TVM compiled for: <code>c -keys=cpu -mcpu=cortex-m7 -model=stm32f746xx</code>. The "
            "<code>-model</code> or <code>-mcpu</code> names the board, which the Memory pane uses to pick it.")},
        {QStringLiteral("relay-tir"), tr("Relay and TIR"),
         tr("TVM's two intermediate languages: Relay describes the model as a graph of operators with shapes; TIR "
            "(tensor IR) describes each operator's loops before C is generated. Archives may carry both as text.")},
        {QStringLiteral("project-api"), tr("Project API and template"),
         tr("A template project (Zephyr, Arduino, the bundled host simulator) has a Python server that generates, "
            "builds and flashes a project from an archive. The workbench speaks to it as <code>tvmc micro</code> "
            "does.")},
    };
}

QString Glossary::html()
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Glossary"));
    for (const Term &t : terms())
        out += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>").arg(t.key, t.name, t.text);
    return out;
}

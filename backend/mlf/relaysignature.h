#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mtvw::mlf {

// The signature of the Relay text's main function (src/*.relay, src/relay.txt):
//   def @main(%input: Tensor[(1, 16), float32], …) -> Tensor[(1, 4), float32] {
// its parameters (the model's inputs, and in some exports its weights) and its result types,
// with shapes and dtypes: what the generated C no longer says for an AOT model.
class RelaySignature
{
public:
    struct Tensor
    {
        QString name; // without the %; empty for results
        QList<qint64> shape;
        QString dtype;
    };

    QList<Tensor> params;
    QList<Tensor> results; // one, or the members of a tuple result

    bool isEmpty() const { return params.isEmpty() && results.isEmpty(); }
    const Tensor *param(const QString &name) const; // by name, or by its C-sanitised form

    // Nothing found (no main, or not Relay text) is an empty signature, not an error: the text is
    // optional and only adds shapes.
    static RelaySignature parse(const QByteArray &text);
};

} // namespace mtvw::mlf

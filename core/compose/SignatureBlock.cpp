#include "compose/SignatureBlock.h"

namespace Kestrel::Compose {

QString SignatureBlock::block(const QString &signature)
{
    const QString trimmed = signature.trimmed();
    return trimmed.isEmpty() ? QString() : QStringLiteral("-- \n") + trimmed;
}

QString SignatureBlock::insert(const QString &body, const QString &signature, qsizetype position)
{
    const QString added = block(signature);
    if (added.isEmpty())
        return body;
    if (position < 0 || position > body.size())
        position = body.size();
    QString before = body.left(position);
    QString after = body.mid(position);
    // A blank line between the text and the signature, and between the signature and what follows.
    while (!before.isEmpty() && !before.endsWith(QStringLiteral("\n\n")))
        before += QLatin1Char('\n');
    while (after.startsWith(QLatin1Char('\n')))
        after.remove(0, 1);
    return before + added + QLatin1Char('\n') + (after.isEmpty() ? QString() : QLatin1Char('\n') + after);
}

QString SignatureBlock::replace(const QString &body, const QString &oldSignature, const QString &newSignature)
{
    const QString oldBlock = block(oldSignature);
    const qsizetype at = oldBlock.isEmpty() ? -1 : body.indexOf(oldBlock);
    if (at < 0)
        return insert(body, newSignature);
    const QString newBlock = block(newSignature);
    if (!newBlock.isEmpty())
        return body.left(at) + newBlock + body.mid(at + oldBlock.size());
    // No signature any more: the block goes with the line end after it.
    qsizetype end = at + oldBlock.size();
    if (end < body.size() && body.at(end) == QLatin1Char('\n'))
        ++end;
    return body.left(at) + body.mid(end);
}

} // namespace Kestrel::Compose

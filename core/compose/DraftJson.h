#pragma once

#include "compose/Draft.h"

#include <QJsonObject>

namespace Kestrel::Compose {

// A draft as the JSON of its file in the profile's drafts/ folder. Attachments are inside, base64, so
// a draft file alone is the whole draft.
class DraftJson
{
public:
    static constexpr int Version = 1;
    static QJsonObject toJson(const Draft &draft);
    // False when the object is not a draft (or one from a newer Kestrel).
    static bool fromJson(const QJsonObject &json, Draft &draft);
};

} // namespace Kestrel::Compose

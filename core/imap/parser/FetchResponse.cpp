#include "imap/parser/FetchResponse.h"

namespace Kestrel::Imap {

const BodySection *FetchResponse::findSection(QByteArrayView section, BodySection::Kind kind) const
{
    for (const BodySection &s : sections) {
        if (s.kind == kind && s.section.size() == section.size()
            && QByteArrayView(s.section).compare(section, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace Kestrel::Imap

#include "views/shell/highlighting.h"

#include <KSyntaxHighlighting/Repository>

namespace Tessera::Highlighting {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

} // namespace Tessera::Highlighting

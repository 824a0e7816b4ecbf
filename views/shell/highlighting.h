#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Tessera::Highlighting {

// The one repository of syntax definitions and themes (KF6 SyntaxHighlighting) every editor
// shares: loading it reads every definition's file, so it is done once.
KSyntaxHighlighting::Repository &repository();

} // namespace Tessera::Highlighting

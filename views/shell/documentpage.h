#pragma once

#include "models/core/error.h"

#include <QIcon>
#include <QUrl>
#include <QWidget>

namespace Tessera {

// A document shown as a tab: a product page, later a lineage graph, a policy, a preview. The
// document area asks it for its title, whether it has unsaved changes, and whether it may close.
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // What the page shows, to find an open page again ("product:sales.orders").
    virtual QString documentKey() const = 0;
    virtual QString documentTitle() const = 0;
    virtual QIcon documentIcon() const { return {}; }
    virtual bool isModified() const { return false; }
    // Saves the changes; false when they are not saved (refused, conflict left open, failed).
    virtual bool save() { return true; }
    // Forgets the unsaved changes (and their draft): the page is about to close without them.
    virtual void discardChanges() { }
    // Browser-like history within the page.
    virtual bool canGoBack() const { return false; }
    virtual bool canGoForward() const { return false; }
    virtual void goBack() { }
    virtual void goForward() { }
    // What the details dock shows for the page's selection (HTML; empty: nothing selected), and
    // what a link in it does.
    virtual QString detailsHtml() const { return {}; }
    virtual void openDetailsLink(const QUrl &url) { Q_UNUSED(url); }

    // Asks about unsaved changes before the page closes: save, discard, or keep it open (false).
    bool confirmClose();

Q_SIGNALS:
    void titleChanged(); // the title, icon or modified state changed
    void navigationChanged(); // back/forward availability changed
    void detailsChanged(); // detailsHtml() changed
    void openProductRequested(const QString &productId); // a link to a product, to open in its own tab
    void problem(const Tessera::Error &error); // for the problems dock
    void message(const QString &text); // for the status bar
};

} // namespace Tessera

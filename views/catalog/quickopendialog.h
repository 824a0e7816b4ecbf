#pragma once

#include "models/catalog/catalogstore.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QTimer;

namespace Tessera {

class QuickOpenModel;

// Ctrl+K: type a few letters of a product, dataset or column and open it with Enter.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT

public:
    QuickOpenDialog(CatalogStore *store, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *list() const { return m_list; }
    QuickOpenModel *model() const { return m_model; }

Q_SIGNALS:
    void chosen(const Tessera::NameHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose(const QModelIndex &index);

    QLineEdit *m_field;
    QListView *m_list;
    QuickOpenModel *m_model;
    QTimer *m_timer;
};

} // namespace Tessera

#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace cc {

// A single-selection view whose detail follows its current row: a row
// selected without moving the current one (as an assistive technology does
// through AT-SPI's Table interface) becomes the current row, so the detail
// follows whatever selected it.
inline void makeCurrentFollowSelection(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, view,
        [view](const QItemSelection &selected) {
            QItemSelectionModel *model = view->selectionModel();
            if (selected.isEmpty() || selected.indexes().isEmpty())
                return;
            const QModelIndex first = selected.indexes().constFirst();
            if (model->currentIndex().row() != first.row())
                model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        });
}

} // namespace cc

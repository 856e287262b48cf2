#include "previewpage.h"

#include "common/filechooser.h"
#include "importing/columnmappingmodel.h"
#include "importing/fieldcombodelegate.h"
#include "importing/previewrowsmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PreviewPage::PreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_mappingModel(new ColumnMappingModel(this))
    , m_rowsModel(new PreviewRowsModel(this))
{
    m_file = wrappingLabel(this, "fileLabel");
    m_format = wrappingLabel(this, "formatLabel");
    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setToolTip(tr("Rows whose channel cell is empty, or all rows when no column is imported as the "
                             "channel, get this channel."));

    m_dateOrderLabel = new QLabel(tr("Dates such as 03/04/2026 are:"), this);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Choose…"), int(io::DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (3 April 2026)"), int(io::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (March 4, 2026)"), int(io::DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("The file's dates put the year last; their day and month could be either way round."));

    // The labels wrap within the page's width (they grow, the combos keep their size): at its
    // size hint a wrapping label is narrower than its text, and the form cut the text off.
    for (QLabel *wide : {m_file, m_format})
        wide->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    top->addRow(tr("File:"), m_file);
    top->addRow(tr("Format:"), m_format);
    top->addRow(m_sheetLabel, m_sheet);
    top->addRow(tr("Channel of rows without one:"), m_channel);
    top->addRow(m_dateOrderLabel, m_dateOrder);

    m_mappingTable = new QTableView(this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setModel(m_mappingModel);
    m_mappingTable->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldComboDelegate(m_mappingTable));
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::SourceColumn, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Example, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Field, QHeaderView::ResizeToContents);
    auto *load = new QPushButton(tr("Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto *save = new QPushButton(tr("Save mapping…"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    save->setToolTip(tr("Save how the columns are imported, to reuse it for the next export from the same "
                        "platform (also accepted by the command line's --mapping)."));
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    mappingButtons->addStretch();
    auto *mappingBox = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("How each column is imported:"), mappingBox));
    mappingLayout->addWidget(m_mappingTable);
    mappingLayout->addLayout(mappingButtons);

    m_rowsTable = new QTableView(this);
    m_rowsTable->setObjectName(QStringLiteral("previewTable"));
    m_rowsTable->setModel(m_rowsModel);
    m_rowsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsTable->setWordWrap(false);
    m_rowsNote = wrappingLabel(this, "rowsNote");
    auto *rowsBox = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsNote);
    rowsLayout->addWidget(m_rowsTable);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_warning = wrappingLabel(this, "mappingWarning");
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message = wrappingLabel(this, "previewMessage");

    auto *back = new QPushButton(tr("Choose another file"), this);
    m_start = new QPushButton(tr("Import"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this, &PreviewPage::mappingEdited);
    connect(m_dateOrder, &QComboBox::activated, this, &PreviewPage::updateStart);
    connect(m_sheet, &QComboBox::activated, this, [this](int i) { emit sheetChosen(m_sheet->itemText(i)); });
    connect(load, &QPushButton::clicked, this, &PreviewPage::askLoadMapping);
    connect(save, &QPushButton::clicked, this, &PreviewPage::askSaveMapping);
    connect(back, &QPushButton::clicked, this, &PreviewPage::chooseAnotherRequested);
    connect(m_start, &QPushButton::clicked, this, &PreviewPage::startRequested);
    setChannels({});
}

void PreviewPage::showPreview(const TablePreview &preview)
{
    m_preview = preview;
    m_file->setText(QFileInfo(preview.path).fileName());
    m_file->setToolTip(preview.path);
    m_format->setText(formatText());
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(preview.sheets);
    m_sheet->setCurrentText(preview.sheet);
    // Only a workbook with a choice shows it.
    m_sheet->setVisible(preview.sheets.size() > 1);
    m_sheetLabel->setVisible(preview.sheets.size() > 1);
    m_message->clear();
    m_channel->setCurrentIndex(0); // a new file starts from its own channel column

    m_rowsModel->reset(preview.header, preview.rows, preview.rowErrors);
    m_dateOrderNeeded = false; // a new file: its own dates decide, or the user anew
    m_mappingModel->reset(preview.header, preview.rows, io::FieldMapping::fromHeader(preview.header));
    for (int r = 0; r < m_mappingModel->rowCount(); ++r)
        m_mappingTable->openPersistentEditor(m_mappingModel->index(r, ColumnMappingModel::Field));
    m_rowsTable->resizeColumnsToContents();
    if (preview.rows.isEmpty())
        m_rowsNote->setText(tr("The file has a header but no rows to import."));
    else if (preview.moreRows)
        m_rowsNote->setText(
            tr("The first %n rows of %1:", nullptr, int(preview.rows.size())).arg(QLocale().formattedDataSize(preview.bytes)));
    else
        m_rowsNote->setText(tr("All %n rows of the file:", nullptr, int(preview.rows.size())));
}

QString PreviewPage::formatText() const
{
    const TablePreview &p = m_preview;
    const int shown = int(p.rows.size());
    const QString rows = p.moreRows ? tr("more than %n rows", nullptr, shown) : tr("%n rows", nullptr, shown);
    if (p.isWorkbook)
        return p.format == QLatin1String("XLS") ? tr("Excel 97–2003 workbook (XLS), %1").arg(rows)
                                                : tr("Excel workbook (XLSX), %1").arg(rows);
    const QString separator = p.delimiter == QLatin1Char('\t')  ? tr("tab-separated")
                              : p.delimiter == QLatin1Char(';') ? tr("semicolon-separated")
                                                                : tr("comma-separated");
    return tr("CSV text, encoding %1 (detected), %2, %3").arg(p.format, separator, rows);
}

io::DateOrder PreviewPage::dateOrder() const
{
    return io::DateOrder(m_dateOrder->currentData().toInt());
}

void PreviewPage::updateDateOrder()
{
    // The rows shown decide when one of them can be read only one way round (30/11/2026);
    // otherwise the user is asked.
    QStringList texts;
    const int column = m_mappingModel->mapping().columnFor(io::LeadField::Time);
    for (const QStringList &row : m_preview.rows)
        if (column >= 0)
            texts << row.value(column);
    bool yearLast = false;
    const io::DateOrder found = io::detectDateOrder(texts, &yearLast);
    const bool wasNeeded = m_dateOrderNeeded;
    m_dateOrderNeeded = yearLast;
    m_dateOrder->setVisible(yearLast);
    m_dateOrderLabel->setVisible(yearLast);
    if (found != io::DateOrder::Unknown)
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(found)));
    else if (!wasNeeded)
        m_dateOrder->setCurrentIndex(0); // a choice made for this file stays while the mapping is edited
}

void PreviewPage::updateStart()
{
    const bool usable = m_mappingModel->mapping().hasIdentityColumn();
    const bool datesUnclear = m_dateOrderNeeded && dateOrder() == io::DateOrder::Unknown;
    QString warning;
    if (!usable)
        warning = tr("No column is imported as a phone, resident id or platform id, so no row could "
                     "be matched to a customer. Choose “Phone” for the column that holds the phone numbers.");
    else if (datesUnclear)
        warning = tr("The dates could be read day first or month first (every day in the rows shown is 12 or "
                     "less). Choose how the file writes them.");
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setText(warning);
    m_start->setEnabled(usable && !datesUnclear && !m_preview.rows.isEmpty());
}

void PreviewPage::setChannels(const QList<ChannelRef> &channels)
{
    const QString current = channel();
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("From the file's channel column (else “Other”)"), QString());
    for (const ChannelRef &c : channels)
        m_channel->addItem(c.name, c.name);
    selectChannel(current);
}

io::FieldMapping PreviewPage::mapping() const
{
    io::FieldMapping m = m_mappingModel->mapping();
    m.setDefaultChannel(channel());
    return m;
}

QString PreviewPage::channel() const
{
    return m_channel->currentData().toString();
}

void PreviewPage::selectChannel(const QString &name)
{
    int at = m_channel->findData(name);
    if (at < 0) { // a channel the office does not have yet: the import creates it
        m_channel->addItem(name, name);
        at = m_channel->count() - 1;
    }
    m_channel->setCurrentIndex(at);
}

void PreviewPage::mappingEdited()
{
    m_rowsModel->setMapping(m_mappingModel->mapping());
    updateDateOrder();
    updateStart();
}

void PreviewPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e") : QString());
}

bool PreviewPage::saveMapping(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson(m_preview.header)) < 0 || !file.commit()) {
        showMessage(tr("Cannot save the mapping to “%1”: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Mapping saved to “%1”.").arg(QFileInfo(path).fileName()), false);
    return true;
}

bool PreviewPage::loadMapping(const QString &path)
{
    auto loaded = io::FieldMapping::fromJsonFile(path, m_preview.header);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return false;
    }
    m_mappingModel->setMapping(*loaded);
    if (!loaded->defaultChannel().isEmpty())
        selectChannel(loaded->defaultChannel());
    showMessage(tr("Mapping loaded from “%1”.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void PreviewPage::askSaveMapping()
{
    const QFileInfo source(m_preview.path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-mapping") + QStringLiteral(".json"));
    chooseFile(this, {FileChoice::Save, tr("Save column mapping"), suggested, tr("Column mapping (*.json)"), QStringLiteral("json")},
               [this](const QString &path) { (void)saveMapping(path); });
}

void PreviewPage::askLoadMapping()
{
    chooseFile(this, {FileChoice::Open, tr("Load column mapping"), QFileInfo(m_preview.path).path(), tr("Column mapping (*.json)"), {}},
               [this](const QString &path) { (void)loadMapping(path); });
}

} // namespace shoulou::ui

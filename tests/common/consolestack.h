#pragma once

// The console's core as main.cpp composes it: the client, the models, the
// main window and the controller, with settings in a file of the test's
// choosing. Widget and end-to-end tests build on it (they link ccapp); the
// members are destroyed in reverse order, controller first.
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "runsmodel.h"

#include <QNetworkAccessManager>
#include <QSettings>

struct ConsoleStack
{
    explicit ConsoleStack(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat)
        , client(&nam)
        , proxy(&model)
        , window(&model, &proxy, &catalog, &runs, &settings)
        , controller(&client, &model, &catalog, &window)
    { }

    // In front of the model before the window sees it, as in main.cpp.
    struct Proxy : cc::ConnectionsFilterModel
    {
        explicit Proxy(cc::ConnectionsModel *source) { setConnectionsModel(source); }
    };

    QSettings settings;
    QNetworkAccessManager nam;
    cc::PlatformClient client;
    cc::ConnectionsModel model;
    Proxy proxy;
    cc::ConnectorCatalogModel catalog;
    cc::RunsModel runs;
    cc::MainWindow window;
    cc::ConsoleController controller;
};

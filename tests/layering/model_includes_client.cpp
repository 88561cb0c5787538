// Must NOT build: models are fed by controllers, never by the client.
#include "connectionsmodel.h"
#include "platformclient.h"

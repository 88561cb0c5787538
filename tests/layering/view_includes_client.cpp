// Must NOT build: views never talk to the network (ccviews cannot see api/).
#include "connectionspage.h"
#include "platformclient.h"

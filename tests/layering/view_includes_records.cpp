// Must build (the control): views and models see the records and the wire format.
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "records.h"
#include "requests.h"

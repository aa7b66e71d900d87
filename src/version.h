/* Versions nodec reports. NODEC_NODE_VERSION is the Node.js API level nodec implements. */
#ifndef NODEC_VERSION_H
#define NODEC_VERSION_H
#define NODEC_VERSION "0.1.0"
#define NODEC_NODE_VERSION "v24.11.1"
#define NODEC_NODE_MODULES_ABI "137"
#endif

/*
 * The executable's entry point. Kept apart from startup.c so that a host (or a test) can
 * provide its own main() and call dn_main itself.
 */
#include "dotnative.h"

int main(int argc, char **argv) { return dn_main(argc, argv); }

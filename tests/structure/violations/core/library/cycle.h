// Planted violation for the structure self-test: never compiled.
#include "core/retrieval/textsearch.h"

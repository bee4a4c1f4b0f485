/* Growing an array in place, doubling: the matcher and the engine build their tables with it. */
#ifndef BOUNCE_GROW_H
#define BOUNCE_GROW_H

#include <stdlib.h>

/* Makes *p hold at least need elements of elem bytes (*cap tracks its size). 0, or -1 when out
 * of memory (then *p is unchanged). */
static inline int bounce_grow(void **p, int *cap, int need, size_t elem)
{
    void *q;
    int ncap;
    if (need <= *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    q = realloc(*p, (size_t)ncap * elem);
    if (q == NULL)
        return -1;
    *p = q;
    *cap = ncap;
    return 0;
}

#endif

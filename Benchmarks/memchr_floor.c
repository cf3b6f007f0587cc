/*
 * The lowest floor: read every file and find every '<' with memchr, doing nothing else — what
 * any HTML reader pays before it looks at a single tag.
 * Usage: memchr_floor FILE-LIST   (one path per line)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s FILE-LIST\n", argv[0]); return 2; }
    FILE *list = fopen(argv[1], "r");
    if (!list) { perror(argv[1]); return 2; }
    char path[4096];
    long tags = 0;
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        if (!*path) continue;
        FILE *f = fopen(path, "rb");
        if (!f) { perror(path); continue; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc(size > 0 ? size : 1);
        size_t got = fread(buf, 1, size, f);
        fclose(f);
        for (char *p = buf, *end = buf + got; (p = memchr(p, '<', end - p)); p++) tags++;
        free(buf);
    }
    fclose(list);
    printf("%ld\n", tags);
    return 0;
}

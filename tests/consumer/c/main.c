/* SPDX-License-Identifier: BSD-2-Clause */
/* Parses the message file named on the command line through the C API; one line per record. */
#include <bounce.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  FILE *f;
  char *buf;
  long size;
  size_t i, n;
  bounce_result *r;
  int rc;
  if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) return 2;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = (char *)malloc(size > 0 ? (size_t)size : 1);
  if (buf == NULL || fread(buf, 1, (size_t)size, f) != (size_t)size) return 2;
  fclose(f);
  r = bounce_parse(buf, (size_t)size);
  free(buf);
  if (r == NULL || bounce_result_error(r) != NULL) {
    fprintf(stderr, "error: %s\n", r ? bounce_result_error(r) : "out of memory");
    bounce_result_free(r);
    return 1;
  }
  n = bounce_result_count(r);
  for (i = 0; i < n; ++i)
    printf("%s %s %s\n", bounce_result_field(r, i, "recipient"),
           bounce_result_field(r, i, "reason"),
           bounce_result_field(r, i, "status") ? bounce_result_field(r, i, "status") : "-");
  printf("bounce %s\n", bounce_version());
  rc = n > 0 ? 0 : 1;
  bounce_result_free(r);
  return rc;
}

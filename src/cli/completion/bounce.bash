# SPDX-License-Identifier: BSD-2-Clause
# bash completion for bounce(1). Installed as share/bash-completion/completions/bounce.
_bounce() {
  local cur prev cmd
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "parse stats explain classify registry --version --help" -- "$cur"))
    return
  fi
  case $prev in
    -j|--jobs|--max-message-bytes|--max-line-bytes|--top) return ;;  # a number
    --remote-mta|--recipient) return ;;  # a host or an address
  esac
  local opts
  case $cmd in
    parse) opts="--format --select --failures-only --header --verp-prefix --verp-separator --no-verp --max-message-bytes --jobs -j --strict --verbose --quiet -q --help" ;;
    stats) opts="--json --select --failures-only --jobs -j --top --quiet -q --help" ;;
    explain) opts="--failures-only --help" ;;
    classify) opts="--remote-mta --recipient --lines --tsv --max-line-bytes --help" ;;
    registry) opts="--help" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [ "$cmd" = parse ] || [ "$cmd" = stats ] || [ "$cmd" = explain ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _bounce bounce

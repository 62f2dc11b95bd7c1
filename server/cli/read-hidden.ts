const ENTER = new Set(['\r', '\n']);
const CANCEL = new Set(['\u0003', '\u0004']);
const ERASE = new Set(['\u007f', '\b']);

/** Asks on the terminal and reads a line without showing what is typed (for passwords). */
export function askHidden(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr) {
  return new Promise<string>((resolve, reject) => {
    let answer = '';
    const finish = (settle: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      settle();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish(() => resolve(answer));
        if (CANCEL.has(char)) return finish(() => reject(new Error('Cancelled.')));
        if (ERASE.has(char)) answer = answer.slice(0, -1);
        else if (char >= ' ') answer += char;
      }
    };
    output.write(question);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

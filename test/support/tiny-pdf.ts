/**
 * A valid PDF of `pages` A6 pages, each a filled coloured square (a different colour per
 * page): something pdf.js draws with no fonts, and whose pixels show which page is drawn.
 */
export function tinyPdf(pages: number): Buffer {
  const pageIds = Array.from({ length: pages }, (_, i) => 3 + i * 2);
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`,
  ];
  for (let i = 0; i < pages; i++) {
    const colour = i % 2 === 0 ? "0.8 0.1 0.1" : "0.1 0.2 0.8";
    const content = `${colour} rg 40 60 220 220 re f`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents ${pageIds[i]! + 1} 0 R /Resources << >> >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

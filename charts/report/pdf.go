package report

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

const pdfFont = "go"

// WritePDF renders the page as a one-page A4 PDF with real, selectable text in
// the embedded Go font and the timeline as an image.
func (p *Page) WritePDF(w io.Writer) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0) // the layout already fits one page
	pdf.AddUTF8FontFromBytes(pdfFont, "", ttf(false))
	pdf.AddUTF8FontFromBytes(pdfFont, "B", ttf(true))
	pdf.SetTitle(p.Title, true)
	pdf.SetCreator("crampdiary", true)
	// A fixed date and sorted catalogue make the same report the same bytes.
	if made, err := time.Parse("2006-01-02", p.madeOn); err == nil {
		pdf.SetCreationDate(made)
		pdf.SetModificationDate(made)
	}
	pdf.SetCatalogSort(true)
	pdf.AddPage()
	for _, r := range p.rects {
		pdf.SetFillColor(int(r.Color.R), int(r.Color.G), int(r.Color.B))
		pdf.Rect(r.X, r.Y, r.W, r.H, "F")
	}
	for i, im := range p.images {
		if err := pdfImage(pdf, fmt.Sprintf("chart%d", i), im); err != nil {
			return err
		}
	}
	for _, t := range p.texts {
		pdf.SetFont(pdfFont, pdfStyle(t.Bold), t.Size)
		pdf.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
		pdf.Text(t.X, t.Y, t.Text)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("report: write PDF: %w", err)
	}
	return nil
}

// pdfImage embeds im's print picture as a lossless PNG stream.
func pdfImage(pdf *fpdf.Fpdf, name string, im imageOp) error {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, im.Print); err != nil {
		return fmt.Errorf("report: encode the timeline for the PDF: %w", err)
	}
	opts := fpdf.ImageOptions{ImageType: "PNG", ReadDpi: false}
	pdf.RegisterImageOptionsReader(name, opts, &buf)
	if pdf.Err() {
		return fmt.Errorf("report: embed the timeline in the PDF: %w", pdf.Error())
	}
	pdf.ImageOptions(name, im.X, im.Y, im.W, im.H, false, opts, 0, "")
	return nil
}

func pdfStyle(bold bool) string {
	if bold {
		return "B"
	}
	return ""
}

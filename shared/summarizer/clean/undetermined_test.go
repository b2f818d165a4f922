package clean_test

import (
	"strings"
	"testing"
)

// A page in a language the detector does not know (Indonesian here) has its function words
// taken from the page, as other languages do, and not from the English stoplist, which
// finds none in its paragraphs and leaves a note in English as the only text to keep.
func TestUndeterminedLanguage(t *testing.T) {
	paras := []string{
		"Pemerintah kota mengumumkan bahwa anggaran baru untuk sekolah dan jalan akan disetujui minggu depan, setelah rapat yang berlangsung hampir sepanjang malam di balai kota.",
		"Para penentang rencana ini mengatakan bahwa pajak untuk keluarga yang paling tidak mampu akan naik, dan bahwa dewan tidak mendengarkan warga yang datang ke rapat itu.",
		"Wali kota diharapkan menandatangani anggaran itu menjadi undang-undang pada minggu depan, dan pembayaran pertama untuk sekolah akan dilakukan pada musim semi.",
		"Menurut kantor keuangan kota, dana tambahan itu akan dipakai untuk memperbaiki atap sekolah yang bocor dan untuk membeli buku baru bagi para murid di semua kelas.",
		"Beberapa anggota dewan meminta agar sebagian dana itu juga dipakai untuk jalan di pinggir kota, yang rusak parah setelah banjir besar pada awal tahun ini.",
		"Warga yang hadir di rapat itu mengatakan bahwa mereka akan terus mengawasi bagaimana uang itu dibelanjakan, dan bahwa mereka akan datang lagi ke rapat berikutnya.",
		"Kepala dinas pendidikan menyambut keputusan itu dan mengatakan bahwa guru di sekolah yang paling tua sudah lama menunggu perbaikan yang dijanjikan oleh kota.",
		"Rapat berikutnya akan diadakan pada bulan depan, ketika dewan akan membahas rencana untuk membangun taman baru di dekat pasar yang ada di pusat kota itu.",
	}
	note := "This site is run by a small team of volunteers who write about the news of the city in their own words, and we are grateful to all of you who have read and supported it over the years, in good times and in bad ones."
	page := "Beranda\nBerita\nOlahraga\nCuaca\n" + strings.Join(paras, "\n") + "\nTentang Kami\nKontak\nIklan\n" + strings.Repeat("Berita Lain\n", 100) + note + "\n"
	checkParts(t, page, paras, []string{"Olahraga", "Kontak"})
}

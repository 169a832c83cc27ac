from gwlint.textutil import display_width, word_count


def test_word_count_counts_like_word():
    assert word_count("关于做好工作的通知") == 9
    assert word_count("现将有关事项通知如下：") == 11  # full-width colon counts
    assert word_count("2019年") == 2  # a number run is one word
    assert word_count("压减10%以上") == 5
    assert word_count("GDP增长6.5%") == 4  # GDP, 增, 长, 6.5%
    assert word_count("“赣服通”") == 5
    assert word_count("赣府发〔2019〕3号") == 8  # 赣 府 发 〔 2019 〕 3 号
    assert word_count("a , b") == 2  # stray half-width punctuation is not a word
    assert word_count("  \u3000 ") == 0


def test_display_width_cjk_is_two_columns():
    assert display_width("abc") == 3
    assert display_width("公文") == 4
    assert display_width("（一）") == 6
